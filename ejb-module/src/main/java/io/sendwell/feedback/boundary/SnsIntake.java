package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.FeedbackDrainer;
import io.sendwell.feedback.control.FeedbackInbox;
import io.sendwell.feedback.control.HttpSigningCertificateSource;
import io.sendwell.feedback.control.SnsMessage;
import io.sendwell.feedback.control.SnsSignatureVerifier;
import io.sendwell.feedback.control.SnsSubscriptionLog;
import io.sendwell.feedback.control.SnsVerificationException;
import io.sendwell.platform.aws.SesClients;
import io.sendwell.platform.aws.SnsConfirmations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The SNS endpoint's work: parse, verify, then either store the notification in the
 * {@link FeedbackInbox} (one autocommit insert; the {@link FeedbackDrainer} records it) or confirm
 * a subscription, or record an unsubscription. SNS hears 200 only once the notification is durable.
 *
 * <p>Subscriptions are confirmed through the SNS API with AuthenticateOnUnsubscribe on real AWS
 * ({@link SnsConfirmations}); with the offline simulator (an SES endpoint override) by a GET of its
 * SubscribeURL. Confirmations and unsubscriptions go to the {@link SnsSubscriptionLog}, which the
 * feedback health check reads.
 *
 * <p>Throws {@link io.sendwell.feedback.control.MalformedSnsMessageException} (400) and
 * {@link SnsVerificationException} (403); neither quotes the body.
 */
@ApplicationScoped
public class SnsIntake {

    private static final Logger LOG = Logger.getLogger(SnsIntake.class.getName());

    public enum Outcome { QUEUED, SUBSCRIPTION_CONFIRMED, UNSUBSCRIBE_NOTED }

    @Inject
    FeedbackSettings settings;

    @Inject
    Clock clock;

    @Inject
    FeedbackInbox inbox;

    @Inject
    FeedbackDrainer drainer;

    @Inject
    SnsSubscriptionLog subscriptions;

    @Inject
    SnsConfirmations snsApi;

    @Inject
    SesClients ses;

    private SnsSignatureVerifier verifier;
    private HttpClient confirmationClient;

    @PostConstruct
    void init() {
        verifier = new SnsSignatureVerifier(new HttpSigningCertificateSource(), clock,
                settings.allowedTopicArns(), settings.trustedLocalCertUrlPrefixes());
        confirmationClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        LOG.info(() -> "SNS endpoint trusts topics " + settings.allowedTopicArns()
                + " and local certificate URL prefixes " + settings.trustedLocalCertUrlPrefixes());
    }

    public Outcome accept(String body) {
        SnsMessage message = SnsMessage.parse(body);
        verifier.verify(message);
        return switch (message.type()) {
            case NOTIFICATION -> {
                enqueue(body, message);
                yield Outcome.QUEUED;
            }
            case SUBSCRIPTION_CONFIRMATION -> {
                confirm(message);
                yield Outcome.SUBSCRIPTION_CONFIRMED;
            }
            case UNSUBSCRIBE_CONFIRMATION -> {
                subscriptions.record(message.topicArn(), SnsSubscriptionLog.Kind.UNSUBSCRIBED, message.messageId());
                LOG.severe(() -> "SNS reports that topic " + message.topicArn() + " was unsubscribed: feedback stops "
                        + "(health DOWN) until the topic is subscribed and confirmed again");
                yield Outcome.UNSUBSCRIBE_NOTED;
            }
        };
    }

    /** The whole SNS body goes into the inbox: the drainer re-reads MessageId and Message from it. */
    private void enqueue(String body, SnsMessage message) {
        inbox.store(message.messageId(), body);
        drainer.wake();
    }

    private void confirm(SnsMessage message) {
        if (ses.usesSimulator()) {
            confirmByUrl(message);
        } else {
            try {
                String subscription = snsApi.confirm(message.topicArn(), message.token());
                LOG.info(() -> "Confirmed SNS subscription " + subscription + " (AuthenticateOnUnsubscribe)");
            } catch (RuntimeException e) {
                // SNS resends the confirmation when we do not answer 200; the log says why it failed
                throw new IllegalStateException("could not confirm the SNS subscription to " + message.topicArn()
                        + " through the SNS API: " + e.getMessage(), e);
            }
        }
        subscriptions.record(message.topicArn(), SnsSubscriptionLog.Kind.CONFIRMED, message.messageId());
    }

    /** The simulator (and only it) is confirmed by visiting its SubscribeURL, which must be one we trust. */
    private void confirmByUrl(SnsMessage message) {
        if (!verifier.isTrustedSubscribeUrl(message.subscribeUrl(), message.topicArn())) {
            throw new SnsVerificationException(SnsVerificationException.Reason.UNTRUSTED_SUBSCRIBE_URL,
                    "SubscribeURL is neither https on sns.<region of the topic>.amazonaws.com nor a trusted local URL");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.subscribeUrl()))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            int status = confirmationClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("SNS answered HTTP " + status + " to the subscription confirmation");
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not confirm the SNS subscription", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while confirming the SNS subscription", e);
        }
        LOG.info(() -> "Confirmed SNS subscription to " + message.topicArn() + " (SubscribeURL)");
    }

    public FeedbackSettings settings() {
        return settings;
    }
}
