package io.sendwell.maildomain.dns;

/** The doctor's judgement of one published record. */
public enum Verdict {
    OK(false),
    /** Works, but weaker or riskier than it should be. */
    WARNING(false),
    MISSING(true),
    WRONG_VALUE(true),
    /** Contradicts another record or the SES setup, e.g. two SPF records or strict SPF alignment. */
    CONFLICTING(true),
    /** The resolver gave no answer; the record may be fine. Not a problem yet, not healthy either. */
    NOT_CHECKED(false);

    private final boolean problem;

    Verdict(boolean problem) {
        this.problem = problem;
    }

    public boolean isProblem() {
        return problem;
    }
}
