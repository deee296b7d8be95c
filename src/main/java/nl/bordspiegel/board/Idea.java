package nl.bordspiegel.board;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
class Idea implements Removable {

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

    @Embedded
    private Removal removal = new Removal();

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
            // Another screen decided first (a session and the board, say).
            throw new CardChangedException(CardKind.IDEA, id, version);
        }
        status = decision;
    }

    /** Undoes a park, drop or adopt: the idea is back as it was before the decision. */
    void revert(IdeaStatus before) {
        if (before != IdeaStatus.NEW && before != IdeaStatus.PARKED) {
            throw new IllegalArgumentException("An idea goes back to new or parked, not " + before);
        }
        if (status == IdeaStatus.NEW) {
            // The decision was undone already, from this screen's second click or another's.
            throw new CardChangedException(CardKind.IDEA, id, version);
        }
        status = before;
    }

    void reword(String newText) {
        text = BoardService.required(newText, 2000);
    }

    long id() {
        return id;
    }

    /** Hibernate leaves an embedded value null when all its columns are: a card that was never deleted. */
    @Override
    public Removal removal() {
        if (removal == null) {
            removal = new Removal();
        }
        return removal;
    }

    @Override
    public String describe() {
        return text;
    }

    @Override
    public long teamId() {
        return teamId;
    }

    long authorId() {
        return authorId;
    }

    @Override
    public int version() {
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
