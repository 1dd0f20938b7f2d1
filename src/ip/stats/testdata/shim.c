/* LD_PRELOAD: the answer to an RTM_GETSTATS (type 92 reply) replaced by the message in
   $CRAFT (seq and pid taken from the kernel's). For capturing ip's printing of crafted
   stats messages. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>

static unsigned char craft[65536];
static size_t craft_len;

static void load(void) {
    if (craft_len) return;
    FILE *f = fopen(getenv("CRAFT"), "rb");
    if (!f) return;
    craft_len = fread(craft, 1, sizeof craft, f);
    fclose(f);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags) {
    static ssize_t (*real)(int, struct msghdr *, int);
    if (!real) real = dlsym(RTLD_NEXT, "recvmsg");
    unsigned char peek[64];
    ssize_t n = recv(fd, peek, sizeof peek, MSG_PEEK | MSG_DONTWAIT);
    if (n >= 16 && ((struct nlmsghdr *)peek)->nlmsg_type == 92) {
        load();
        ssize_t r = real(fd, msg, flags);
        if (r < 0) return r;
        struct nlmsghdr *h = (struct nlmsghdr *)peek;
        struct nlmsghdr *c = (struct nlmsghdr *)craft;
        c->nlmsg_seq = h->nlmsg_seq;
        c->nlmsg_pid = h->nlmsg_pid;
        c->nlmsg_len = craft_len;
        if (msg->msg_iovlen > 0 && msg->msg_iov[0].iov_len >= craft_len)
            memcpy(msg->msg_iov[0].iov_base, craft, craft_len);
        return craft_len;
    }
    return real(fd, msg, flags);
}
