package io.sendwell.maildomain.dns;

/** One MX record: preference and target host. */
public record MailExchanger(int preference, String host) {

    public MailExchanger {
        if (preference < 0 || preference > 65535) {
            throw new IllegalArgumentException("MX preference out of range: " + preference);
        }
        host = DnsNames.normalize(host);
    }

    @Override
    public String toString() {
        return preference + " " + host;
    }
}
