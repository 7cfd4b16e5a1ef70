package io.sendwell.sending.ses;

import io.sendwell.platform.aws.SesClients;
import io.sendwell.sending.control.AccountQuota;
import io.sendwell.sending.control.MailSender;
import io.sendwell.sending.control.OutboundEmail;
import io.sendwell.sending.control.SendFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.GetAccountResponse;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.RawMessage;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/** Sends raw MIME through SES v2 SendEmail and translates SES errors into {@link SendFailure}s. */
@ApplicationScoped
public class SesMailSender implements MailSender {

    @Inject
    SesClients clients;

    @Inject
    ConfigurationSets configurationSets;

    /** For CDI. */
    protected SesMailSender() {
    }

    /** Outside the container, e.g. the {@code MailSender} contract test against the simulator. */
    public SesMailSender(SesClients clients, ConfigurationSets configurationSets) {
        this.clients = clients;
        this.configurationSets = configurationSets;
    }

    @Override
    public String send(OutboundEmail email) {
        SesV2Client client = clients.forRegion(email.region());
        configurationSets.ensure(email.region());
        try {
            return client.sendEmail(SendEmailRequest.builder()
                    .fromEmailAddress(email.fromAddress())
                    .destination(d -> d.toAddresses(email.destinations()))
                    .content(EmailContent.builder().raw(RawMessage.builder()
                            .data(SdkBytes.fromByteArray(email.rawMime())).build()).build())
                    .configurationSetName(email.configurationSet())
                    .emailTags(email.tags().entrySet().stream()
                            .map(tag -> MessageTag.builder().name(tag.getKey()).value(tag.getValue()).build())
                            .toList())
                    .build()).messageId();
        } catch (TooManyRequestsException | LimitExceededException | SendingPausedException | AccountSuspendedException e) {
            throw failure(SendFailure.Kind.TRANSIENT, e);
        } catch (SesV2Exception e) {
            throw failure(e.statusCode() >= 500 ? SendFailure.Kind.TRANSIENT : SendFailure.Kind.PERMANENT, e);
        } catch (SdkServiceException e) {
            throw new SendFailure(e.statusCode() >= 500 ? SendFailure.Kind.TRANSIENT : SendFailure.Kind.PERMANENT,
                    "HTTP " + e.statusCode(), e.getMessage(), e);
        } catch (SdkClientException e) {
            throw new SendFailure(SendFailure.Kind.TRANSIENT, "ClientError", "SES not reachable: " + e.getMessage(), e);
        }
    }

    @Override
    public AccountQuota accountQuota(String region) {
        GetAccountResponse account = clients.forRegion(region).getAccount(b -> { });
        var quota = account.sendQuota();
        return new AccountQuota(region, quota.max24HourSend(), quota.maxSendRate(), quota.sentLast24Hours(),
                Boolean.TRUE.equals(account.sendingEnabled()), account.enforcementStatus());
    }

    private static SendFailure failure(SendFailure.Kind kind, SesV2Exception e) {
        String type = e.awsErrorDetails() == null ? e.getClass().getSimpleName() : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return new SendFailure(kind, type, type + ": " + message, e);
    }
}
