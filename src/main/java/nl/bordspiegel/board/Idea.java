package nl.bordspiegel.board;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** An improvement idea: anyone proposes one; a session adopts, parks or drops it. */
@Entity
class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    private String text;

    @Enumerated(EnumType.STRING)
    private IdeaStatus status;

    @Version
    private int version;

    protected Idea() {
    }

    Idea(long teamId, long authorId, LocalDate proposedOn, String text) {
        this.teamId = teamId;
        this.authorId = authorId;
        this.proposedOn = proposedOn;
        this.text = BoardService.required(text, 2000);
        this.status = IdeaStatus.NEW;
    }

    /** Adopted and dropped are decisions; a parked idea may still be adopted or dropped later. */
    void decide(IdeaStatus decision) {
        if (decision == IdeaStatus.NEW) {
            throw new IllegalArgumentException("An idea cannot be made new again");
        }
        if (status == IdeaStatus.ADOPTED || status == IdeaStatus.DROPPED) {
            throw new IllegalStateException("Idea " + id + " was already " + status);
        }
        status = decision;
    }

    void reword(String newText) {
        text = BoardService.required(newText, 2000);
    }

    long id() {
        return id;
    }

    long teamId() {
        return teamId;
    }

    long authorId() {
        return authorId;
    }

    int version() {
        return version;
    }

    String text() {
        return text;
    }

    IdeaStatus status() {
        return status;
    }

    LocalDate proposedOn() {
        return proposedOn;
    }
}
