package org.carefeed.choice.directory;

import org.carefeed.events.Coordinates;

/**
 * Great-circle distances, computed here rather than by the database: the Mongo-wire server has no
 * {@code $geoNear}, and the same code then runs on real MongoDB. A bounding box narrows the candidates.
 */
final class Distances {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE_LATITUDE = 111.32;

    private Distances() {
    }

    /** Haversine distance in kilometres. */
    static double km(Coordinates a, Coordinates b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLng = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Degrees of latitude and of longitude that cover {@code km} around {@code centre}. */
    static double[] boxDegrees(Coordinates centre, double km) {
        double latDegrees = km / KM_PER_DEGREE_LATITUDE;
        double cos = Math.max(0.01, Math.cos(Math.toRadians(centre.latitude())));
        return new double[] {latDegrees, Math.min(180, latDegrees / cos)};
    }
}
