"""Numbers and promises that hold (issue 13, items 2 and 8-11), as console transcripts.

- a muted member who shares a rejection still gets the plan, privately, and it is logged;
- the `/stats` funnel counts each application once, and what a company's interview or
  offer implies;
- learning goals from `/reflect skill_gap:` merge near-duplicates, and `/goal` lists,
  completes and removes them;
- `/prep` finds the latest reflection that said what to do differently;
- a rejection at the application stage gets application-stage content.
"""

from __future__ import annotations

from typing import Any

from tests.support.harness import transcript

Out = list[dict[str, Any]]


def at(out: Out, line: int, to: str = "ana") -> dict[str, Any]:
    """The one reply to `to` caused by script line `line`."""
    [reply] = [o for o in out if o["line"] == line and o["type"] == "reply" and o["to"] == to]
    return reply


def lines_of(reply: dict[str, Any]) -> list[str]:
    return str(reply["text"]).splitlines()


def funnel(reply: dict[str, Any]) -> tuple[str, ...]:
    """Applications, interviews, offers and rejections as `/stats` shows them."""
    values = dict(line.split(": ", 1) for line in lines_of(reply) if ": " in line)
    return tuple(values[k] for k in ("Applications", "Interviews", "Offers", "Rejections"))


# --- 2. a muted member's rejection ------------------------------------------------------


async def test_muted_member_gets_the_plan_privately_and_the_rejection_is_logged(
    db_url: str,
) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "!mod mo",
                "mo: /mod setup support_channel:#support",
                "mo: /mod mute member:@ana days:2",
                "ana: /rejection company:Acme stage:interview share:anonymous",
                "ana: /stats",
                "!time 2026-11-03T10:00:00Z",
            ]
        ),
    )
    plan = at(out, 4)
    assert plan["error"] is False, plan["text"]
    text = plan["text"]
    assert text.startswith("Your recovery plan\nI am sorry about the news from Acme.")
    for step in ("1. Take time to process", "2. Ask for feedback", "3. Remember your strengths"):
        assert step in text
    assert "4. Reflect tomorrow" in text
    kept = next(line for line in lines_of(plan) if line.startswith("Kept private: "))
    assert "muted you until Wednesday 4 November, 09:00 (UTC)" in kept
    assert "so you cannot post to the support channel" in kept
    assert "Shared:" not in text
    assert not [o for o in out if o["type"] == "post"], "nothing reaches the support channel"
    assert funnel(at(out, 5))[3] == "1"
    prompt = [o for o in out if o["line"] == 6 and o["type"] == "dm" and o["to"] == "ana"]
    assert len(prompt) == 1 and "What went well?" in prompt[0]["text"]


# --- 8. the /stats funnel ----------------------------------------------------------------


async def test_an_offer_from_another_company_is_its_own_application(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "ana: /log applied",
                'ana: /win text:"Offer!" company:Initech offer:yes',
                "ana: /stats",
            ]
        ),
    )
    # Applications, interviews, offers, rejections: an offer implies an interview.
    assert funnel(at(out, 3)) == ("2", "1", "1", "0")


async def test_each_application_counts_once(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "ana: /log applied company:Acme",
                'ana: /log applied company:" acme "',
                "ana: /log interviewed company:Acme",
                "ana: /log interviewed company:ACME",
                "ana: /rejection company:Acme stage:final",
                "ana: /stats",
                "ana: /log applied company:Globex",
                "ana: /rejection company:Globex stage:interview",
                "ana: /rejection company:Hooli",
                "ana: /stats",
            ]
        ),
    )
    # Two interview rounds and a rejection at Acme are still one application.
    assert funnel(at(out, 6)) == ("1", "1", "0", "1")
    # A rejection after an interview implies the interview; a rejection implies its application.
    assert funnel(at(out, 10)) == ("3", "2", "0", "3")


async def test_applying_after_an_interview_keeps_the_interview_stage(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "ana: /log activity:applied company:Acme",
                "ana: /log activity:interviewed company:Globex",
                "ana: /log activity:applied company:Globex",
                "ana: /stats",
            ]
        ),
    )
    said = at(out, 3)["text"]
    assert "Your application to Globex is already tracked at the interview stage." in said
    assert "stage: applied" not in said
    assert funnel(at(out, 4)) == ("2", "1", "0", "0")


async def test_untracked_entries_count_alongside_the_tracked_ones(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "ana: /log applied count:3",
                "ana: /log interviewed",
                "ana: /rejection stage:interview",
                "ana: /stats",
                "ana: /log interviewed count:4",
                "ana: /log interviewed company:Initech",
                "ana: /win text:Yes! company:initech offer:yes",
                "ana: /stats",
            ]
        ),
    )
    # The interview and its rejection are one of the three applications.
    assert funnel(at(out, 4)) == ("3", "1", "0", "1")
    # Five interviews without a company imply five applications; Initech adds one.
    assert funnel(at(out, 8)) == ("6", "6", "1", "1")


# --- 9. learning goals -------------------------------------------------------------------


async def test_near_duplicate_skill_gaps_merge_into_one_learning_goal(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "ana: /reflect company:Acme skill_gap:SQL",
                'ana: /reflect company:Beta skill_gap:" sql "',
                'ana: /reflect company:Gamma skill_gap:"S.Q.L."',
                'ana: /reflect skill_gap:"System design"',
                'ana: /reflect skill_gap:"system-design!"',
                "ana: /goal",
            ]
        ),
    )
    assert "Learning goal added: SQL" in at(out, 1)["text"]
    for line in (2, 3):
        reply = at(out, line)
        assert "Learning goal added" not in reply["text"]
        assert "Already a learning goal: SQL is on your list" in reply["text"]
    assert "Already a learning goal: System design is on your list" in at(out, 5)["text"]
    goals = at(out, 6)["text"]
    assert "Learning goals: 1. SQL\n2. System design\n" in goals
    assert goals.lower().count("sql") == 1 and goals.lower().count("system") == 1


async def test_learning_goals_can_be_completed_and_removed(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                "ana: /reflect skill_gap:SQL",
                'ana: /reflect skill_gap:"System design"',
                "ana: /reflect skill_gap:Kubernetes",
                "ana: /goal learning:done number:1",
                "ana: /goal",
                "ana: /goal learning:remove number:2",
                "ana: /goal",
                "ana: /prep Acme",
                "ana: /goal learning:done number:2",
                "ana: /goal learning:done",
                "ana: /goal number:1",
                "ana: /goal activity:applied per_week:5 learning:done number:1",
                "ana: /goal activity:applied per_week:5",
                "ana: /goal",
                "ana: /reflect skill_gap:sql",
            ]
        ),
    )
    done = at(out, 4)
    assert done["error"] is False and done["text"].startswith("Learning goal done 🎉\n")
    assert "“SQL”" in done["text"]
    assert "Learning goals: 1. System design\n2. Kubernetes" in at(out, 5)["text"]
    assert "Learning goals completed: 1" in at(out, 5)["text"]
    removed = at(out, 6)
    assert (
        removed["error"] is False and "Removed the learning goal “Kubernetes”." in removed["text"]
    )
    remaining = at(out, 7)["text"]
    assert "Learning goals: 1. System design" in remaining and "Kubernetes" not in remaining
    prep = at(out, 8)["text"]
    assert "What you are strengthening: • System design" in prep
    assert "SQL" not in prep and "Kubernetes" not in prep
    too_far = at(out, 9)
    assert too_far["error"] is True
    assert "There is no learning goal number 2; you have 1." in too_far["text"]
    no_number = at(out, 10)
    assert no_number["error"] is True and "`number`" in no_number["text"]
    no_action = at(out, 11)
    assert (
        no_action["error"] is True and "`learning:done` or `learning:remove`" in no_action["text"]
    )
    mixed = at(out, 12)
    assert mixed["error"] is True and "one at a time" in mixed["text"]
    assert "Goal set: applied 5 a week." in at(out, 13)["text"]
    both = at(out, 14)["text"]
    assert "applied: ▱▱▱▱▱▱▱▱▱▱ 0/5" in both and "Learning goals: 1. System design" in both
    # SQL was done: a new gap in it is a new goal, not the finished one.
    assert "Learning goal added: sql" in at(out, 15)["text"]


# --- 10. /prep reads the latest advice -----------------------------------------------------


async def test_prep_shows_the_latest_reflection_that_said_what_to_do_differently(
    db_url: str,
) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                'ana: /reflect company:Acme do_differently:"Slow down and breathe"',
                'ana: /reflect company:acme went_well:"Good rapport"',
                'ana: /reflect company:Beta do_differently:"Ask about the team"',
                "ana: /prep Acme",
                "ana: /prep Nova",
            ]
        ),
    )
    acme = lines_of(at(out, 4))
    assert "Last time you said you would do differently (Acme): Slow down and breathe" in acme
    assert "Last time this went well (acme): Good rapport" in acme
    nova = lines_of(at(out, 5))
    assert "Last time you said you would do differently (Beta): Ask about the team" in nova


# --- 11. a rejection at the application stage -----------------------------------------------


async def test_application_stage_rejection_gets_application_content(db_url: str) -> None:
    out = await transcript(
        db_url,
        "\n".join(
            [
                'ana: /log applied company:Acme role:"Data Analyst"',
                "ana: /rejection company:Acme stage:applied",
                "!time 2026-11-03T10:00:00Z",
                "ana: /template name:application-feedback-request company:Acme",
                "ana: /template",
                "bo: /rejection company:Beta stage:interview",
                "!time 2026-11-04T10:00:00Z",
            ]
        ),
    )
    plan = at(out, 2)["text"]
    email = plan.split("2. Ask for feedback — ready to copy: ", 1)[1].split("\n3. ", 1)[0]
    assert email.startswith("Subject: Feedback on my application — Data Analyst at Acme\n")
    assert "CV" in email and "Acme" in email
    for interview_word in ("interview", "meeting", "spent with me", "the team"):
        assert interview_word not in email.lower()
    assert "thank-you" not in plan.lower()
    [prompt] = [o for o in out if o["line"] == 3 and o["type"] == "dm"]
    questions = prompt["text"]
    assert "CV" in questions and "job description" in questions
    for interview_only in ("body language", "thank-you", "interview", "confident"):
        assert interview_only not in questions.lower()
    assert '/reflect company:"Acme"' in questions and "nonverbal" not in questions
    rendered = at(out, 4)
    assert rendered["error"] is False
    assert rendered["text"].startswith(
        "application-feedback-request — ready to copy\nSubject: Feedback on my application"
    )
    assert "application-feedback-request — " in at(out, 5)["text"]
    # An interview rejection keeps the interview questions and the interview email.
    other = at(out, 6, to="bo")["text"]
    assert "spent with me" in other
    [later] = [o for o in out if o["line"] == 7 and o["type"] == "dm"]
    assert "body language" in later["text"] and "thank-you" in later["text"]
