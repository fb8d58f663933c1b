package org.carefeed.choice.imports;

/** The file cannot be imported at all: wrong format or encoding. Nothing has been written. */
public class RejectedFileException extends RuntimeException {

    public RejectedFileException(String message) {
        super(message);
    }
}
