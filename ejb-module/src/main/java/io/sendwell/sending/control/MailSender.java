package io.sendwell.sending.control;

/**
 * The port to the mail service. {@link io.sendwell.sending.ses.SesMailSender} is the SES v2
 * implementation (also used against the offline simulator); nothing else knows SES types.
 */
public interface MailSender {

    /** Sends and returns the provider's message id, or throws {@link SendFailure}. */
    String send(OutboundEmail email);

    AccountQuota accountQuota(String region);
}
