package io.sendwell.feedback.api;

import io.sendwell.feedback.boundary.SnsIntake;
import io.sendwell.feedback.control.MalformedSnsMessageException;
import io.sendwell.feedback.control.SnsVerificationException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * POST /sns/ses-events: SNS's HTTP(S) subscription (JSON sent as text/plain). Public by design, as
 * SNS cannot authenticate; trust comes from the signature. 200 once the notification is safely on
 * the persistent feedback queue; 400 for a body that is not an SNS message; 403 for anything that
 * fails verification; 500 if the queue is unavailable, so that SNS retries. Log lines never quote
 * the body: it is attacker-controlled until verified.
 */
@WebServlet(urlPatterns = "/sns/ses-events")
public class SnsEventsServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SnsEventsServlet.class.getName());
    /** SNS messages are at most 256 KiB; the envelope adds a few KiB of signature and URLs. */
    private static final int MAX_BODY_BYTES = 300 * 1024;

    @Inject
    SnsIntake intake;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body = readBody(request);
        if (body == null) {
            reply(response, 413, "body larger than " + MAX_BODY_BYTES + " bytes");
            return;
        }
        try {
            SnsIntake.Outcome outcome = intake.accept(body);
            reply(response, 200, outcome.name());
        } catch (MalformedSnsMessageException e) {
            LOG.warning(() -> "SNS endpoint: malformed message from " + request.getRemoteAddr() + ": " + e.getMessage());
            reply(response, 400, "malformed SNS message");
        } catch (SnsVerificationException e) {
            LOG.warning(() -> "SNS endpoint: refused message from " + request.getRemoteAddr() + ": " + e.getMessage());
            reply(response, 403, "SNS message not trusted: " + e.reason());
        }
    }

    private static String readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void reply(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }
}
