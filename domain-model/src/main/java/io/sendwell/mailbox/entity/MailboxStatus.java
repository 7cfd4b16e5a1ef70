package io.sendwell.mailbox.entity;

/** Whether a mailbox may send. */
public enum MailboxStatus {
    ACTIVE, PAUSED
}
