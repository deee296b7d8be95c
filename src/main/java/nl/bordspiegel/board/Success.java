package nl.bordspiegel.board;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Something that went well (a top), celebrated at the start of a session. */
@Entity
class Success implements Removable {

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

    @Embedded
    private Removal removal = new Removal();

    protected Success() {
    }

    Success(long teamId, long authorId, LocalDate notedOn, String text) {
        this.teamId = teamId;
        this.authorId = authorId;
        this.notedOn = notedOn;
        this.text = BoardService.required(text, 2000);
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

    LocalDate notedOn() {
        return notedOn;
    }
}
