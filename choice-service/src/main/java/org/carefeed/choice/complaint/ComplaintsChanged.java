package org.carefeed.choice.complaint;

/**
 * Published (as a Spring application event, in the same thread) after a complaint event was applied,
 * so that figures derived from a provider's complaints can follow; sent even when it changed nothing.
 */
public record ComplaintsChanged(String providerCode, String reference) {
}
