package io.sendwell.integration.boundary;

import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.ForbiddenException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.platform.entity.SendwellException;
import io.sendwell.sending.entity.SendRefusedException;

/** The HTTP-style status a JMS reply carries, the same the REST API answers with. */
final class RefusalStatus {

    private RefusalStatus() {
    }

    static int of(SendwellException e) {
        if (e instanceof SendRefusedException refused) {
            return switch (refused.reason()) {
                case PAUSED -> 403;
                case DOMAIN_NOT_VERIFIED -> 409;
                case SUPPRESSED_RECIPIENTS -> 422;
                case LIMIT_REACHED -> 429;
                case TOO_LARGE -> 413;
            };
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        return 400;
    }
}
