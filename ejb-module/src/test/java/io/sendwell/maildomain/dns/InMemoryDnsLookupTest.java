package io.sendwell.maildomain.dns;

class InMemoryDnsLookupTest implements DnsLookupContract {

    private final InMemoryDnsLookup dns = new InMemoryDnsLookup();

    @Override
    public DnsLookup lookup() {
        return dns;
    }

    @Override
    public void publishTxt(String name, String... strings) {
        dns.txt(name, String.join("", strings));
    }

    @Override
    public void publishCname(String name, String target) {
        dns.cname(name, target);
    }

    @Override
    public void publishMx(String name, int preference, String host) {
        dns.mx(name, preference, host);
    }

    @Override
    public void unpublish(String name) {
        dns.remove(name);
    }

    @Override
    public void breakResolver() {
        dns.failing("example.com");
    }
}
