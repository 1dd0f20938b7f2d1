#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>
static char fake[65536]; static int fakelen = -1;
ssize_t recvmsg(int fd, struct msghdr *m, int flags) {
  static ssize_t (*real)(int, struct msghdr *, int);
  if (!real) real = dlsym(RTLD_NEXT, "recvmsg");
  if (fakelen < 0) { FILE *f = fopen(getenv("FAKE"), "rb"); fakelen = f ? fread(fake, 1, sizeof fake - 20, f) : 0; if (f) fclose(f); }
  static char big[1 << 20];
  struct iovec iv = { big, sizeof big }; struct msghdr mm = *m; mm.msg_iov = &iv; mm.msg_iovlen = 1;
  ssize_t n = real(fd, &mm, flags & ~MSG_TRUNC);
  if (n < 0) return n;
  m->msg_flags = mm.msg_flags; m->msg_namelen = mm.msg_namelen;
  char *src = big; size_t len = n;
  struct nlmsghdr *h = (struct nlmsghdr *)big;
  if (n >= 16 && h->nlmsg_type == 16 && (h->nlmsg_flags & NLM_F_MULTI) && fakelen > 0) {
    static char out[65536];
    memcpy(out, fake, fakelen);
    struct nlmsghdr *o = (struct nlmsghdr *)out; o->nlmsg_len = fakelen; o->nlmsg_seq = h->nlmsg_seq; o->nlmsg_pid = h->nlmsg_pid; o->nlmsg_flags = NLM_F_MULTI; o->nlmsg_type = 16;
    struct nlmsghdr *d = (struct nlmsghdr *)(out + ((fakelen + 3) & ~3));
    d->nlmsg_len = 20; d->nlmsg_type = NLMSG_DONE; d->nlmsg_flags = NLM_F_MULTI; d->nlmsg_seq = h->nlmsg_seq; d->nlmsg_pid = h->nlmsg_pid; *(int *)(d + 1) = 0;
    src = out; len = ((fakelen + 3) & ~3) + 20;
  }
  size_t cap = m->msg_iov[0].iov_len; memcpy(m->msg_iov[0].iov_base, src, len < cap ? len : cap);
  return len;
}
