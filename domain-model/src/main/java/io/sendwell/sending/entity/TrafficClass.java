package io.sendwell.sending.entity;

import io.sendwell.platform.entity.InvalidInputException;

import java.util.Locale;

/** Transactional and marketing mail go through separate SES configuration sets (and IP pools). */
public enum TrafficClass {
    TRANSACTIONAL, MARKETING;

    public static TrafficClass of(String value) {
        if (value == null || value.isBlank()) {
            return TRANSACTIONAL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("trafficClass must be 'transactional' or 'marketing', was '" + value + "'");
        }
    }
}
