package org.carefeed.feedback.review;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReviewRepository extends MongoRepository<Review, String> {

    Optional<Review> findByAuthorKeyHash(String authorKeyHash);
}
