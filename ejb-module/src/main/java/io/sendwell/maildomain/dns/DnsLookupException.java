package io.sendwell.maildomain.dns;

/** The resolver gave no usable answer; the record may or may not exist. Try again later. */
public class DnsLookupException extends RuntimeException {

    public DnsLookupException(String message) {
        super(message);
    }

    public DnsLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
