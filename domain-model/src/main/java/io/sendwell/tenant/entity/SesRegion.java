package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.InvalidInputException;

import java.util.regex.Pattern;

/** The AWS region whose SES endpoint sends a tenant's mail (data residency), e.g. eu-west-1. */
public record SesRegion(String asString) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");

    public static SesRegion of(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("SES region is required");
        }
        String value = input.strip();
        if (!REGION.matcher(value).matches()) {
            throw new InvalidInputException("'" + value + "' is not an AWS region name (e.g. eu-west-1)");
        }
        return new SesRegion(value);
    }

    @Override
    public String toString() {
        return asString;
    }
}
