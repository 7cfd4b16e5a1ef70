package io.sendwell.platform.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sends (the only API call that takes large bodies) share a {@link LargeBodyBudget}: over it, the
 * request is answered 503 with Retry-After before its body is read, instead of every large send
 * at once risking an OutOfMemoryError for all of them. A servlet filter, so the permit is given
 * back in {@code finally} whatever happens to the request.
 */
@WebFilter(urlPatterns = "/api/v1/messages")
public class LargeBodyBudgetFilter extends HttpFilter {

    /** The largest send body: base64 in JSON inflates by a third, room for a 40 MB SES message. */
    public static final long MAX_SEND_BYTES = 56L * 1024 * 1024;
    private static final long LARGE_BYTES = 1024 * 1024;

    @Inject
    @ConfigProperty(name = "sendwell.api.large-body-budget-mb", defaultValue = "128")
    long budgetMb;

    private LargeBodyBudget budget;

    @Override
    public void init() {
        budget = new LargeBodyBudget(budgetMb * 1024 * 1024, LARGE_BYTES);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<LargeBodyBudget.Permit> permit = budget.tryAcquire(request.getContentLengthLong(), MAX_SEND_BYTES);
        if (permit.isEmpty()) {
            discardBody(request);
            refuse(response);
            return;
        }
        try (LargeBodyBudget.Permit held = permit.get()) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Read and dropped in small pieces, holding no heap: many clients cannot take an answer while
     * they are still uploading (the connection reset hides the 503 from them).
     */
    private static void discardBody(HttpServletRequest request) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = MAX_SEND_BYTES;
        try (var body = request.getInputStream()) {
            for (int n; left > 0 && (n = body.read(buffer)) > 0; ) {
                left -= n;
            }
        }
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", "5");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"Too many large messages are being accepted right now (sendwell.api.large-body-budget-mb); "
                + "retry after 5 s\"}");
    }
}
