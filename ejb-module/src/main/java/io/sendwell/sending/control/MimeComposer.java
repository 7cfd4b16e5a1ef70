package io.sendwell.sending.control;

import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.sending.entity.SendRefusedException;
import io.sendwell.sending.entity.TrafficClass;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the complete MIME message from a validated request with Jakarta Mail. Every header
 * value that came from the caller is checked for CR/LF first: header injection is refused, not
 * cleaned up.
 */
public class MimeComposer {

    /** SES v2 accepts messages up to 40 MB including attachments, after encoding. */
    public static final int MAX_MESSAGE_BYTES = 40 * 1024 * 1024;
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,76}");
    /** Headers Sendwell or SES own: a caller may not set or override them. */
    private static final Set<String> RESERVED_HEADERS = Set.of("from", "to", "cc", "bcc", "subject", "date",
            "message-id", "reply-to", "sender", "return-path", "mime-version", "content-type",
            "content-transfer-encoding", "dkim-signature", "received", "list-unsubscribe", "list-unsubscribe-post");
    private static final Session SESSION = Session.getInstance(new Properties());

    public record Composed(byte[] raw, String subject) {
    }

    public Composed compose(String messageId, EmailAddress from, String fromName, List<EmailAddress> to,
                            List<EmailAddress> cc, List<EmailAddress> replyTo, SendRequest request,
                            TrafficClass trafficClass) {
        String subject = request.subject() == null ? "" : request.subject();
        requireNoLineBreaks("subject", subject);
        if (subject.length() > 998) {
            throw new InvalidInputException("subject must be at most 998 characters");
        }
        if (isBlank(request.text()) && isBlank(request.html())) {
            throw new InvalidInputException("a message needs 'text' or 'html' content (or both)");
        }
        refuseIfSurelyTooLarge(request);
        try {
            MimeMessage message = new MimeMessage(SESSION);
            message.setFrom(address(from, fromName));
            message.setRecipients(MimeMessage.RecipientType.TO, addresses(to));
            if (!cc.isEmpty()) {
                message.setRecipients(MimeMessage.RecipientType.CC, addresses(cc));
            }
            if (!replyTo.isEmpty()) {
                message.setReplyTo(addresses(replyTo));
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setSentDate(new java.util.Date());
            addCustomHeaders(message, request.headers());
            message.setHeader("X-Sendwell-Message-Id", messageId);
            if (trafficClass == TrafficClass.MARKETING) {
                addOneClickUnsubscribe(message, request.listUnsubscribeUrl());
            }
            message.setContent(body(request));
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            if (out.size() > MAX_MESSAGE_BYTES) {
                throw new SendRefusedException(SendRefusedException.Reason.TOO_LARGE, "the message is " + out.size()
                        + " bytes after encoding; SES accepts at most " + MAX_MESSAGE_BYTES);
            }
            return new Composed(out.toByteArray(), subject);
        } catch (MessagingException | IOException e) {
            throw new InvalidInputException("the message could not be built: " + e.getMessage());
        }
    }

    /**
     * Refuses before anything is decoded or built when even a lower bound of the encoded size is
     * over SES's limit: attachments arrive base64-encoded already and text is never shorter once
     * encoded. Building a message that is refused anyway would hold it three more times in memory.
     */
    static void refuseIfSurelyTooLarge(SendRequest request) {
        long atLeast = length(request.text()) + length(request.html());
        if (request.attachments() != null) {
            for (SendRequest.Attachment attachment : request.attachments()) {
                atLeast += attachment == null ? 0 : length(attachment.content());
            }
        }
        if (atLeast > MAX_MESSAGE_BYTES) {
            throw new SendRefusedException(SendRefusedException.Reason.TOO_LARGE, "the message would be at least " + atLeast
                    + " bytes after encoding; SES accepts at most " + MAX_MESSAGE_BYTES);
        }
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }

    private static MimeMultipart body(SendRequest request) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        if (!isBlank(request.text())) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(request.text(), StandardCharsets.UTF_8.name(), "plain");
            alternative.addBodyPart(text);
        }
        if (!isBlank(request.html())) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(request.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        if (request.attachments() == null || request.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(alternative);
        mixed.addBodyPart(content);
        for (SendRequest.Attachment attachment : request.attachments()) {
            mixed.addBodyPart(attachmentPart(attachment));
        }
        return mixed;
    }

    private static MimeBodyPart attachmentPart(SendRequest.Attachment attachment) throws MessagingException {
        if (attachment == null || isBlank(attachment.filename()) || attachment.content() == null) {
            throw new InvalidInputException("each attachment needs a filename and base64 content");
        }
        requireNoLineBreaks("attachment filename", attachment.filename());
        String contentType = isBlank(attachment.contentType()) ? "application/octet-stream" : attachment.contentType();
        requireNoLineBreaks("attachment contentType", contentType);
        byte[] data;
        try {
            data = Base64.getDecoder().decode(attachment.content().replaceAll("\\s", "")); // strict: the MIME decoder silently skips garbage
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("attachment '" + attachment.filename() + "' content is not valid base64");
        }
        try {
            new jakarta.mail.internet.ContentType(contentType);
        } catch (jakarta.mail.internet.ParseException e) {
            throw new InvalidInputException("attachment '" + attachment.filename() + "' has an invalid contentType");
        }
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(data, contentType)));
        part.setFileName(attachment.filename());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static void addCustomHeaders(MimeMessage message, Map<String, String> headers) throws MessagingException {
        if (headers == null) {
            return;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey();
            if (name == null || !HEADER_NAME.matcher(name).matches()) {
                throw new InvalidInputException("header name '" + name + "' is not a valid header field name");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (RESERVED_HEADERS.contains(lower) || lower.startsWith("x-sendwell-") || lower.startsWith("x-ses-")) {
                throw new InvalidInputException("header '" + name + "' is set by Sendwell or SES and cannot be given");
            }
            String value = header.getValue() == null ? "" : header.getValue();
            requireNoLineBreaks("header '" + name + "'", value);
            if (value.length() > 998) {
                throw new InvalidInputException("header '" + name + "' is longer than 998 characters");
            }
            message.addHeader(name, value);
        }
    }

    private static void addOneClickUnsubscribe(MimeMessage message, String url) throws MessagingException {
        if (isBlank(url)) {
            throw new InvalidInputException("marketing mail needs 'listUnsubscribeUrl' (an https URL) for RFC 8058 one-click unsubscribe");
        }
        requireNoLineBreaks("listUnsubscribeUrl", url);
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("listUnsubscribeUrl is not a valid URL");
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidInputException("listUnsubscribeUrl must be an absolute https URL (RFC 8058)");
        }
        message.setHeader("List-Unsubscribe", "<" + uri + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static InternetAddress address(EmailAddress address, String personal) throws UnsupportedEncodingException {
        if (isBlank(personal)) {
            InternetAddress plain = new InternetAddress();
            plain.setAddress(address.asString());
            return plain;
        }
        requireNoLineBreaks("fromName", personal);
        return new InternetAddress(address.asString(), personal.strip(), StandardCharsets.UTF_8.name());
    }

    private static InternetAddress[] addresses(List<EmailAddress> list) {
        return list.stream().map(a -> {
            InternetAddress internet = new InternetAddress();
            internet.setAddress(a.asString());
            return internet;
        }).toArray(InternetAddress[]::new);
    }

    static void requireNoLineBreaks(String field, String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new InvalidInputException(field + " must not contain line breaks (header injection)");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
