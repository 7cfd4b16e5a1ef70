package io.sendwell.sending.entity;

public enum RecipientKind {
    TO, CC, BCC
}
