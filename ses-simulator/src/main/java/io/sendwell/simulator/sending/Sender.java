package io.sendwell.simulator.sending;

import io.sendwell.simulator.SesException;
import io.sendwell.simulator.SimulatorConfig;
import io.sendwell.simulator.account.Account;
import io.sendwell.simulator.events.ConfigurationSets;
import io.sendwell.simulator.events.EventPublisher;
import io.sendwell.simulator.events.MailInfo;
import io.sendwell.simulator.identity.IdentityRegistry;
import io.sendwell.simulator.rules.MailboxSimulator;
import io.sendwell.simulator.rules.Outcome;
import io.sendwell.simulator.rules.RecipientOutcomes;
import io.sendwell.simulator.suppression.SuppressedDestination;
import io.sendwell.simulator.suppression.SuppressionList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** SendEmail: SES's checks, then record the message and publish its events. */
@ApplicationScoped
public class Sender {

    static final int MAX_RECIPIENTS = 50;

    @Inject
    Account account;

    @Inject
    IdentityRegistry identities;

    @Inject
    ConfigurationSets configurationSets;

    @Inject
    RecipientOutcomes outcomes;

    @Inject
    SuppressionList suppressionList;

    @Inject
    MessageLog log;

    @Inject
    EventPublisher events;

    @Inject
    SimulatorConfig config;

    @Inject
    Clock clock;

    public String send(EmailRequest sent) {
        EmailRequest request = withDefaultConfigurationSet(sent);
        List<String> recipients = request.recipients();
        if (recipients.isEmpty()) {
            throw SesException.badRequest("Destination must contain at least one recipient.");
        }
        // throttling and account state come first, as at SES's front door; a later rejection refunds the quota
        account.admit(recipients.size());
        try {
            check(request, recipients);
        } catch (RuntimeException e) {
            account.refund(recipients.size());
            throw e;
        }
        Instant now = clock.instant();
        String messageId = MessageIds.next(now);
        Map<String, Outcome> decided = new LinkedHashMap<>();
        recipients.forEach(r -> decided.put(r, outcomes.outcomeFor(r)));
        suppressAsSesWould(decided, messageId, now);
        Map<String, String> shown = new LinkedHashMap<>();
        decided.forEach((r, o) -> shown.put(r, o.asString()));
        log.add(new RecordedMessage(messageId, now, request, shown));
        events.messageAccepted(mailInfo(request, messageId, now), request.configurationSetName(), decided);
        return messageId;
    }

    private void check(EmailRequest request, List<String> recipients) {
        if (request.fromAddress() == null || request.fromAddress().isBlank()) {
            throw SesException.badRequest("FromEmailAddress is required.");
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            throw SesException.messageRejected("Recipient count exceeds " + MAX_RECIPIENTS + ".");
        }
        for (String address : concat(List.of(request.fromAddress()), recipients)) {
            if (!isAddress(address)) {
                throw SesException.messageRejected("Illegal address: " + address);
            }
        }
        if (request.configurationSetName() != null && configurationSets.find(request.configurationSetName()).isEmpty()) {
            throw SesException.notFound("Configuration set <" + request.configurationSetName() + "> does not exist.");
        }
        List<String> unverified = new ArrayList<>();
        if (!identities.isVerifiedForSending(request.fromAddress())) {
            unverified.add(request.fromAddress());
        }
        if (!account.productionAccessEnabled()) {
            recipients.stream()
                    .filter(r -> !MailboxSimulator.isSimulatorAddress(r) && !identities.isVerifiedForSending(r))
                    .forEach(unverified::add);
        }
        if (!unverified.isEmpty()) {
            throw SesException.messageRejected("Email address is not verified. The following identities failed the check in region "
                    + config.region().toUpperCase(Locale.ROOT) + ": " + String.join(", ", unverified));
        }
        String domain = domainOf(request.fromAddress());
        identities.find(domain).ifPresent(identity -> {
            if ("REJECT_MESSAGE".equals(identity.behaviorOnMxFailure())
                    && identity.mailFromDomain() != null
                    && !"SUCCESS".equals(identity.mailFromStatus(identities.now(), identities.verificationDelay()))) {
                throw SesException.mailFromDomainNotVerified("The custom MAIL FROM domain " + identity.mailFromDomain() + " is not verified.");
            }
        });
    }

    /** Without ConfigurationSetName SES uses the default configuration set of the sending identity (address, then domain). */
    private EmailRequest withDefaultConfigurationSet(EmailRequest request) {
        if (request.configurationSetName() != null || request.fromAddress() == null || !isAddress(request.fromAddress())) {
            return request;
        }
        return identities.find(request.fromAddress())
                .or(() -> identities.find(domainOf(request.fromAddress())))
                .map(identity -> identity.configurationSetName())
                .map(request::withConfigurationSet)
                .orElse(request);
    }

    /** SES puts hard-bounced and complaining addresses on the account suppression list (the simulator's own excepted). */
    private void suppressAsSesWould(Map<String, Outcome> decided, String messageId, Instant now) {
        decided.forEach((recipient, outcome) -> {
            if (MailboxSimulator.isSimulatorAddress(recipient)) {
                return;
            }
            if (outcome == Outcome.BOUNCE) {
                suppressionList.put(new SuppressedDestination(recipient, "BOUNCE", now, messageId, null));
            } else if (outcome == Outcome.COMPLAINT) {
                suppressionList.put(new SuppressedDestination(recipient, "COMPLAINT", now, messageId, null));
            }
        });
    }

    private MailInfo mailInfo(EmailRequest request, String messageId, Instant now) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(ZoneOffset.UTC));
        List<MailInfo.Header> headers = new ArrayList<>();
        if (request.contentKind() == EmailRequest.ContentKind.RAW) {
            request.headers().forEach(h -> headers.add(new MailInfo.Header(h.name(), h.value())));
            if (request.headers().stream().noneMatch(h -> h.name().equalsIgnoreCase("Message-ID"))) {
                headers.add(new MailInfo.Header("Message-ID", "<" + messageId + "@email.amazonses.com>"));
            }
        } else {
            headers.add(new MailInfo.Header("From", request.fromHeader()));
            if (!request.replyTo().isEmpty()) {
                headers.add(new MailInfo.Header("Reply-To", String.join(", ", request.replyTo())));
            }
            headers.add(new MailInfo.Header("To", String.join(", ", request.to())));
            if (!request.cc().isEmpty()) {
                headers.add(new MailInfo.Header("Cc", String.join(", ", request.cc())));
            }
            if (request.subject() != null) {
                headers.add(new MailInfo.Header("Subject", request.subject()));
            }
            headers.add(new MailInfo.Header("Date", date));
            headers.add(new MailInfo.Header("Message-ID", "<" + messageId + "@email.amazonses.com>"));
            headers.add(new MailInfo.Header("MIME-Version", "1.0"));
            headers.add(new MailInfo.Header("Content-Type", request.htmlBody() != null && request.textBody() != null
                    ? "multipart/alternative" : request.htmlBody() != null ? "text/html; charset=UTF-8" : "text/plain; charset=UTF-8"));
            request.headers().forEach(h -> headers.add(new MailInfo.Header(h.name(), h.value())));
        }
        String from = request.fromAddress();
        String identity = identities.find(from).isPresent() ? from.toLowerCase(Locale.ROOT) : domainOf(from);
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put("ses:operation", List.of("SendEmail"));
        if (request.configurationSetName() != null) {
            tags.put("ses:configuration-set", List.of(request.configurationSetName()));
        }
        tags.put("ses:source-ip", List.of("127.0.0.1"));
        tags.put("ses:from-domain", List.of(domainOf(from)));
        tags.put("ses:caller-identity", List.of("sendwell"));
        request.emailTags().forEach((name, value) -> tags.put(name, List.of(value)));
        MailInfo.CommonHeaders common = new MailInfo.CommonHeaders(List.of(request.fromHeader()), request.to(), request.cc(),
                messageId, request.subject(), date);
        return new MailInfo(messageId, now, request.fromHeader(),
                "arn:aws:ses:" + config.region() + ":" + config.accountId() + ":identity/" + identity,
                config.accountId(), request.recipients(), headers, common, tags);
    }

    static boolean isAddress(String address) {
        int at = address.lastIndexOf('@');
        return at > 0 && at < address.length() - 1 && address.indexOf(' ') < 0 && address.substring(at + 1).contains(".");
    }

    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

}
