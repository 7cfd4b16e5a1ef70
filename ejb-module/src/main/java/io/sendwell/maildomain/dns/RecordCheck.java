package io.sendwell.maildomain.dns;

import java.util.List;
import java.util.Objects;

/**
 * One finding of the doctor: what SES needs at a name, what is published, and in plain words what
 * is wrong and how to fix it ({@code fix} is empty when nothing needs doing).
 */
public record RecordCheck(RecordPurpose purpose, RecordType type, String name, Verdict verdict, String expected,
                          List<String> found, String explanation, String fix) {

    public RecordCheck {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(verdict, "verdict");
        found = List.copyOf(found);
        expected = expected == null ? "" : expected;
        fix = fix == null ? "" : fix;
    }

    static RecordCheck ok(DnsRecord required, List<String> found, String explanation) {
        return new RecordCheck(required.purpose(), required.type(), required.name(), Verdict.OK, required.value(),
                found, explanation, "");
    }

    static RecordCheck of(DnsRecord required, Verdict verdict, List<String> found, String explanation, String fix) {
        return new RecordCheck(required.purpose(), required.type(), required.name(), verdict, required.value(),
                found, explanation, fix);
    }

    static RecordCheck notChecked(DnsRecord required, DnsLookupException failure) {
        return of(required, Verdict.NOT_CHECKED, List.of(), "Could not look this record up: "
                + failure.getMessage() + ".", "Check again in a few minutes.");
    }
}
