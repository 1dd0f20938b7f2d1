#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
static int armed; static unsigned seq; static int fd_armed = -1;
static unsigned char buf[1<<16]; static int blen = -1;
static void load(void){ if (blen>=0) return; const char *p=getenv("FAKE_DUMP"); blen=0; if(!p) return; FILE*f=fopen(p,"rb"); if(!f) return; blen=fread(buf,1,sizeof buf,f); fclose(f);}
/* the dump request is not passed on: no kernel answer is left behind for a later dump */
static int check(int fd, const void *b, size_t n){ const struct nlmsghdr *h=b; if(n>=sizeof *h && h->nlmsg_type==RTM_GETLINK && (h->nlmsg_flags & NLM_F_DUMP)){armed=1;seq=h->nlmsg_seq;fd_armed=fd;return 1;} return 0; }
ssize_t sendto(int fd, const void *b, size_t n, int fl, const struct sockaddr *a, socklen_t al){
  static ssize_t (*real)(int,const void*,size_t,int,const struct sockaddr*,socklen_t); if(!real) real=dlsym(RTLD_NEXT,"sendto");
  if(check(fd,b,n)) return n; return real(fd,b,n,fl,a,al);}
ssize_t sendmsg(int fd, const struct msghdr *m, int fl){
  static ssize_t (*real)(int,const struct msghdr*,int); if(!real) real=dlsym(RTLD_NEXT,"sendmsg");
  if(m->msg_iovlen && check(fd,m->msg_iov[0].iov_base,m->msg_iov[0].iov_len)){ ssize_t t=0; for(size_t i=0;i<m->msg_iovlen;i++) t+=m->msg_iov[i].iov_len; return t; } return real(fd,m,fl);}
ssize_t recvmsg(int fd, struct msghdr *m, int fl){
  static ssize_t (*real)(int,struct msghdr*,int); if(!real) real=dlsym(RTLD_NEXT,"recvmsg");
  load();
  if(!armed || fd!=fd_armed || blen<=0) return real(fd,m,fl);
  struct sockaddr_nl me; socklen_t sl=sizeof me; getsockname(fd,(struct sockaddr*)&me,&sl);
  for(int o=0;o+16<=blen;){ struct nlmsghdr*h=(void*)(buf+o); if(h->nlmsg_len<16) break; h->nlmsg_seq=seq; h->nlmsg_pid=me.nl_pid; o+=NLMSG_ALIGN(h->nlmsg_len);} 
  if(m->msg_name){ struct sockaddr_nl *sa=m->msg_name; memset(sa,0,sizeof *sa); sa->nl_family=AF_NETLINK; m->msg_namelen=sizeof *sa; }
  m->msg_flags=0;
  size_t cap = m->msg_iovlen? m->msg_iov[0].iov_len:0;
  if((size_t)blen>cap){ if(cap) memcpy(m->msg_iov[0].iov_base,buf,cap); m->msg_flags|=MSG_TRUNC; }
  else memcpy(m->msg_iov[0].iov_base,buf,blen);
  if(!(fl&MSG_PEEK)) armed=0;
  return blen;
}
ssize_t send(int fd, const void *b, size_t n, int fl){
  static ssize_t (*real)(int,const void*,size_t,int); if(!real) real=dlsym(RTLD_NEXT,"send");
  if(check(fd,b,n)) return n; return real(fd,b,n,fl);}
