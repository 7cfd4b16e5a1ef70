package io.sendwell.maildomain.dns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A parsed SPF record ({@code v=spf1 ...}); {@link #toString()} gives the publishable text. */
public final class SpfRecord {

    private static final String VERSION = "v=spf1";

    private final List<SpfTerm> terms;

    private SpfRecord(List<SpfTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    /** Whether a TXT text claims to be SPF; only those count for "one SPF record per name". */
    public static boolean isSpf(String txt) {
        String lower = txt.trim().toLowerCase(Locale.ROOT);
        return lower.equals(VERSION) || lower.startsWith(VERSION + " ");
    }

    public static SpfRecord parse(String txt) {
        if (txt == null || !isSpf(txt)) {
            throw new MalformedRecordException("an SPF record must start with \"v=spf1\" followed by a space");
        }
        List<SpfTerm> terms = new ArrayList<>();
        Arrays.stream(txt.trim().split("\\s+")).skip(1).forEach(term -> terms.add(parseTerm(term)));
        requireAtMostOne(terms, "redirect");
        requireAtMostOne(terms, "exp");
        return new SpfRecord(terms);
    }

    public List<SpfTerm> terms() {
        return terms;
    }

    public List<SpfMechanism> mechanisms() {
        return terms.stream().filter(SpfMechanism.class::isInstance).map(SpfMechanism.class::cast).toList();
    }

    public Optional<SpfMechanism> all() {
        return mechanisms().stream().filter(m -> m.kind() == SpfMechanism.Kind.ALL).findFirst();
    }

    /** The redirect target, unless an {@code all} mechanism makes receivers ignore it. */
    public Optional<String> effectiveRedirect() {
        if (all().isPresent()) {
            return Optional.empty();
        }
        return terms.stream().filter(SpfModifier.class::isInstance).map(SpfModifier.class::cast)
                .filter(SpfModifier::isRedirect).map(SpfModifier::value).findFirst();
    }

    public boolean hasInclude(String domain) {
        return mechanisms().stream().anyMatch(m -> m.includes(domain));
    }

    /** Mechanisms after {@code all} never match: {@code all} matches everything before them. */
    public List<SpfMechanism> unreachableMechanisms() {
        List<SpfMechanism> mechanisms = mechanisms();
        int allIndex = mechanisms.indexOf(all().orElse(null));
        return allIndex < 0 ? List.of() : mechanisms.subList(allIndex + 1, mechanisms.size());
    }

    /** Adds {@code include:<domain>} just before {@code all}, or else before the modifiers. */
    public SpfRecord withInclude(String domain) {
        if (hasInclude(domain)) {
            return this;
        }
        int position = all().map(terms::indexOf).orElseGet(this::firstModifierIndex);
        List<SpfTerm> merged = new ArrayList<>(terms);
        merged.add(position, SpfMechanism.include(domain));
        return new SpfRecord(merged);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(VERSION);
        terms.forEach(term -> text.append(' ').append(term.text()));
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpfRecord that && toString().equalsIgnoreCase(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().toLowerCase(Locale.ROOT).hashCode();
    }

    private int firstModifierIndex() {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i) instanceof SpfModifier) {
                return i;
            }
        }
        return terms.size();
    }

    private static SpfTerm parseTerm(String term) {
        boolean modifier = term.matches("[A-Za-z][A-Za-z0-9_.-]*=.*");
        return modifier ? SpfModifier.parse(term) : SpfMechanism.parse(term);
    }

    private static void requireAtMostOne(List<SpfTerm> terms, String modifierName) {
        long count = terms.stream().filter(t -> t instanceof SpfModifier m && m.name().equals(modifierName)).count();
        if (count > 1) {
            throw new MalformedRecordException("an SPF record may contain " + modifierName + "= only once");
        }
    }
}
