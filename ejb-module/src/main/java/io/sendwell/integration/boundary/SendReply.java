package io.sendwell.integration.boundary;

/**
 * The reply on JMSReplyTo: {@code ok} with the message id, or a problem with the same status,
 * title and detail the REST API would give.
 */
public record SendReply(boolean ok, String messageId, String messageStatus, Boolean replay, Integer status,
                        String title, String detail) {

    public static SendReply accepted(String messageId, String messageStatus, boolean replay) {
        return new SendReply(true, messageId, messageStatus, replay, 202, null, null);
    }

    public static SendReply problem(int status, String title, String detail) {
        return new SendReply(false, null, null, null, status, title, detail);
    }
}
