package io.sendwell.platform.entity;

/**
 * Base of every rule violation Sendwell reports to a caller. Declared as an application
 * exception (rollback=true, inherited) in ejb-jar.xml so the domain model stays free of EJB
 * annotations: the transaction rolls back and the caller gets this exception, not an EJBException.
 */
public abstract class SendwellException extends RuntimeException {

    protected SendwellException(String message) {
        super(message);
    }

    /** Short, stable title for problem responses, e.g. "Invalid input". */
    public abstract String title();

    /**
     * Extra members of the problem response (RFC 9457 extensions), e.g. what the caller must do
     * next; strings, numbers or nested maps of them. None by default.
     */
    public java.util.Map<String, Object> extensions() {
        return java.util.Map.of();
    }
}
