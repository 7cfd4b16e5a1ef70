package io.sendwell.simulator.account;

public enum EnforcementStatus {
    HEALTHY, PROBATION, SHUTDOWN
}
