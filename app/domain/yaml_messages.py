"""PyYAML's errors said in French: the line, the column, what is wrong and how to fix it (no English reason)."""

from __future__ import annotations

import re

import yaml

BAD_INDENT = ("décalage (retrait) de la ligne incohérent : alignez-la sur les autres lignes du même niveau, "
              "avec des espaces")
FALLBACK = "syntaxe incorrecte : vérifiez les deux-points, les guillemets, les crochets et le décalage des lignes"

# (start of PyYAML's `problem`, where to point: the problem or where its context began, the French reason)
_RULES: tuple[tuple[str, bool, str], ...] = (
    ("could not find expected ':'", True, "deux-points manquant : écrivez chaque champ « nom: valeur »"),
    ("mapping values are not allowed here", False,
     "deux-points (« : ») inattendu : mettez la valeur entre guillemets si elle contient « : », "
     "ou vérifiez le décalage de la ligne"),
    ("found character '\\t'", False, "tabulation : décalez les lignes avec des espaces, pas avec la touche Tab"),
    ("found a tab character", False, "tabulation : décalez les lignes avec des espaces, pas avec la touche Tab"),
    ("expected ',' or ']'", True,
     "crochet « [ » ouvert sans « ] » : fermez la liste, ou mettez le texte entre guillemets"),
    ("expected ',' or '}'", True,
     "accolade « { » ouverte sans « } » : fermez-la, ou mettez le texte entre guillemets"),
    ("found unexpected end of stream", True, "guillemet ouvert et jamais fermé : fermez-le à la fin de la valeur"),
    ("found unknown escape character", False,
     "barre oblique inverse « \\ » entre guillemets doubles : doublez-la ou utilisez des guillemets simples"),
    ("expected <block end>", False, BAD_INDENT),
    ("did not find expected key", False, BAD_INDENT),
    ("did not find expected '-' indicator", False, BAD_INDENT),
    ("could not determine a constructor for the tag", False, "étiquette « ! » non acceptée : retirez-la"),
    ("found undefined alias", False,
     "les références (« & » et « * ») ne sont pas acceptées : écrivez chaque valeur en entier"),
    ("found unhashable key", False, "nom de champ impossible (une liste à la place du nom) : écrivez « nom: valeur »"),
    ("expected '<document start>'", False, "ligne inattendue (directive « % » ou second document) : retirez-la"),
)

_START = re.compile(r"found character '(.)' that cannot start any token")


def explain(exc: yaml.YAMLError, first_line: int = 1) -> tuple[int | None, str]:
    """(the line in the file, « colonne N : reason : fix »); `first_line`: the file's line of the YAML's first."""
    problem = str(getattr(exc, "problem", "") or "")
    mark = getattr(exc, "problem_mark", None)
    reason = FALLBACK
    for start, at_context, french in _RULES:
        if problem.startswith(start):
            reason = french
            context = getattr(exc, "context_mark", None)
            if at_context and context is not None:
                mark = context
            break
    else:
        char = _START.match(problem)
        if char:
            reason = f"une valeur ne peut pas commencer par « {char.group(1)} » : mettez-la entre guillemets"
    if mark is None:
        return None, reason
    return mark.line + first_line, f"colonne {mark.column + 1} : {reason}"
