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

import nl.bordspiegel.shared.Vocabulary.CommentKind;

/** A question or comment on the board, about the board as a whole or about one card. */
@Entity
class BoardComment implements Removable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Enumerated(EnumType.STRING)
    private CommentKind kind;

    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_kind")
    private CardKind cardKind;

    @Column(name = "card_id")
    private Long cardId;

    @Version
    private int version;

    @Embedded
    private Removal removal = new Removal();

    protected BoardComment() {
    }

    BoardComment(long teamId, long authorId, LocalDate writtenOn, CommentKind kind, String text, CardKind cardKind,
                 Long cardId) {
        if ((cardKind == null) != (cardId == null)) {
            throw new IllegalArgumentException("A comment is about a card kind and id together, or about neither");
        }
        this.teamId = teamId;
        this.authorId = authorId;
        this.writtenOn = writtenOn;
        this.kind = java.util.Objects.requireNonNull(kind);
        this.text = BoardService.required(text, 2000);
        this.cardKind = cardKind;
        this.cardId = cardId;
    }

    /** Hibernate leaves an embedded value null when all its columns are: a card that was never deleted. */
    @Override
    public Removal removal() {
        if (removal == null) {
            removal = new Removal();
        }
        return removal;
    }

    void reword(String newText) {
        text = BoardService.required(newText, 2000);
    }

    @Override
    public String describe() {
        return text;
    }

    @Override
    public long teamId() {
        return teamId;
    }

    @Override
    public int version() {
        return version;
    }

    long id() {
        return id;
    }

    long authorId() {
        return authorId;
    }

    CommentCard card(String authorName) {
        return new CommentCard(id, version, kind, text, authorId, authorName, writtenOn, cardKind, cardId);
    }
}
