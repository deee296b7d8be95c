package nl.bordspiegel.board;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Something that went well (a top), celebrated at the start of a session. */
@Entity
class Success {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    private String text;

    @Version
    private int version;

    protected Success() {
    }

    Success(long teamId, long authorId, LocalDate notedOn, String text) {
        this.teamId = teamId;
        this.authorId = authorId;
        this.notedOn = notedOn;
        this.text = BoardService.required(text, 2000);
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

    LocalDate notedOn() {
        return notedOn;
    }
}
