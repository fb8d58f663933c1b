package org.carefeed.feedback.complaint;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ComplaintRepository extends MongoRepository<Complaint, String> {

    Optional<Complaint> findByTrackingKeyHash(String trackingKeyHash);
}
