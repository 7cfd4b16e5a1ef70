package io.sendwell.maildomain.dns;

/** A published SPF or DMARC text that receivers would reject as a permanent error. */
public class MalformedRecordException extends IllegalArgumentException {

    public MalformedRecordException(String message) {
        super(message);
    }
}
