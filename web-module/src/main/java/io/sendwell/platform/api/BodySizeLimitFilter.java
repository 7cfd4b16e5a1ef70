package io.sendwell.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses oversized request bodies with 413 before they are parsed: by the declared length, and
 * for chunked bodies by counting while reading. Resources that take big bodies (messages with
 * attachments) declare their own limit with {@link LargeBody}.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodySizeLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "sendwell.api.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor();
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        // getLength() is -1 when unknown (chunked, or an h2c upgrade whose header Liberty folds):
        // the counting stream below enforces the limit whatever was declared.
        request.setEntityStream(new CountingStream(request.getEntityStream(), limit));
    }

    private long limitFor() {
        if (resourceInfo != null && resourceInfo.getResourceMethod() != null) {
            LargeBody large = resourceInfo.getResourceMethod().getAnnotation(LargeBody.class);
            if (large != null) {
                return large.maxBytes();
            }
        }
        return maxBodyBytes;
    }

    static jakarta.ws.rs.core.Response tooLarge(long limit) {
        return Problem.response(413, "Request body too large", "The request body is larger than " + limit + " bytes");
    }

    /** Thrown while reading a chunked body past the limit; mapped to 413. */
    public static class BodyTooLargeException extends jakarta.ws.rs.WebApplicationException {
        public BodyTooLargeException(long limit) {
            super(tooLarge(limit));
        }
    }

    private static final class CountingStream extends InputStream {
        private final InputStream delegate;
        private final long limit;
        private long count;

        CountingStream(InputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
