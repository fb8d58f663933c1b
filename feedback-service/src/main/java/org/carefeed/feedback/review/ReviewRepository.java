package org.carefeed.feedback.review;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReviewRepository extends MongoRepository<Review, String> {
}
