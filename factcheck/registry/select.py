"""`registry add --select`: each entry shown, then accepted, skipped or given a title."""

from __future__ import annotations

from typing import Any

from factcheck.errors import InputError
from factcheck.registry.add import Outcome
from factcheck.registry.write import render_mapping

CHOICES = {"a": "accept", "s": "skip", "e": "edit title"}


def ask(outcome: Outcome, console: Any = None) -> str:
    """Show an entry and ask what to do: 'accept', 'skip', or the new figure's title."""
    from rich.console import Console
    from rich.prompt import Prompt
    from rich.syntax import Syntax

    console = console or Console(stderr=True, highlight=False)  # stdout keeps the outcome lines
    assert outcome.entry is not None
    console.print(f"[bold]{outcome.where}[/bold]: {outcome.message}", markup=True)
    text = "".join(line + "\n" for line in render_mapping(outcome.entry, 2, "- "))
    console.print(Syntax(text, "yaml", theme="ansi_dark", background_color="default",
                         word_wrap=True))
    choices = ["a", "s", "e"] if outcome.action == "figure" else ["a", "s"]
    hint = ", ".join(f"{c}={CHOICES[c]}" for c in choices)
    try:
        answer = Prompt.ask(f"{hint}", choices=choices, default="a", console=console,
                            show_choices=False)
        title = ""
        while answer == "e" and not title.strip():
            title = Prompt.ask("title", console=console)
    except EOFError:
        raise InputError("--select: standard input ended before every entry was answered; "
                         "nothing was written") from None
    return title.strip() if answer == "e" else CHOICES[answer]
