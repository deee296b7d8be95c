package nl.bordspiegel.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginAttemptsRepository extends JpaRepository<LoginAttempts, String> {
}
