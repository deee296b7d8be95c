package nl.bordspiegel.board;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.bordspiegel.shared.InvalidInputException;

/** One line of a board's change log: written once, never edited. */
@Entity
@Table(name = "board_change")
class BoardChangeEntry {

    /** The column's size: a whole card text (2000) and what happened to it. */
    static final int MAX_DESCRIPTION = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "by_person_id", nullable = false)
    private long byPersonId;

    @Enumerated(EnumType.STRING)
    private ChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_kind")
    private CardKind cardKind;

    @Column(name = "card_id")
    private Long cardId;

    private String description;

    protected BoardChangeEntry() {
    }

    BoardChangeEntry(long teamId, LocalDateTime changedAt, long byPersonId, ChangeKind kind, CardKind cardKind,
                     Long cardId, String description) {
        this.teamId = teamId;
        this.changedAt = changedAt;
        this.byPersonId = byPersonId;
        this.kind = kind;
        this.cardKind = cardKind;
        this.cardId = cardId;
        // Checked, never cut: a change line that lost its end would misreport what happened.
        if (description.length() > MAX_DESCRIPTION) {
            throw InvalidInputException.at("text", "security.input.tooLong",
                    new InvalidInputException.MessageArg("board.input.field.text"), MAX_DESCRIPTION);
        }
        this.description = description;
    }

    BoardChangeLine line() {
        return new BoardChangeLine(changedAt, byPersonId, kind, cardKind, cardId, description);
    }
}
