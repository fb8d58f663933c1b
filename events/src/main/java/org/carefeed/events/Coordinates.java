package org.carefeed.events;

/** WGS84 decimal degrees. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a WGS84 position: " + latitude + "," + longitude);
        }
    }
}
