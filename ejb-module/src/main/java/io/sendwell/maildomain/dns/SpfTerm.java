package io.sendwell.maildomain.dns;

/** A mechanism or a modifier of an SPF record, kept with its original text so merges stay faithful. */
public sealed interface SpfTerm permits SpfMechanism, SpfModifier {

    String text();

    /** Whether evaluating the term costs one of the 10 DNS lookups SPF allows (RFC 7208 4.6.4). */
    boolean queriesDns();
}
