package org.carefeed.events;

/** A record claims to be a known Carefeed event but cannot be read as one; retrying will not help. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message) {
        super(message);
    }

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
