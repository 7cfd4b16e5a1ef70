package io.sendwell.platform.control;

import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.ForbiddenException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.platform.entity.SendwellException;
import io.sendwell.sending.entity.SendRefusedException;

/**
 * The HTTP status of a rule violation: what the REST API answers and what a JMS reply carries,
 * so both interfaces report the same refusal the same way.
 */
public final class ProblemStatus {

    private ProblemStatus() {
    }

    public static int of(SendwellException e) {
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
