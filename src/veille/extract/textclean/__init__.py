"""Clean article from text scraped off a news page.

No library does this, so Veille has its own cleaner. The page arrives as lines: a photo caption (maybe in
another language), a byline, a title, a standfirst, body paragraphs with captions printed once or twice in
between, and widgets (comment prompts, captchas, share lines, teasers, cookie and copyright lines). The
cleaner labels each line, keeps the article, and keeps every removed line in ``boilerplate`` for audit.

The passes of :func:`clean_text` (:mod:`.cleaner`), in order, each labelling the units the earlier ones left:

1. the page is cut into units (:mod:`.lines`; hard-wrapped lines are joined back);
2. widgets: boilerplate patterns matched against whole lines, rows of widgets, then teaser lists, the
   comment section and link lists after the article (:mod:`.boilerplate`);
3. a line printed twice is a caption when it is not a sentence, otherwise a duplicated paragraph; a line
   over a photo credit is that photo's caption; an embedded social post in another language than the page's, around
   its signature "— Name (@handle) date", is boilerplate (:mod:`.posts`);
4. date lines (:mod:`.pubdate`) and caption shapes: no sentence end and a trailing date or photo credit,
   or a caption prefix (:mod:`.captions`); a photo's alt text printed over its caption goes;
5. the header (before the first body paragraph, extended to the last byline or date line near the top)
   gives the byline (:mod:`.bylines`), the title (the longest line of at least three words without a final
   period, and without a full date when another has none: a caption under the headline) and the standfirst;
6. short lines after the last body paragraph are page furniture; so is a line speaking to the reader about the page
   or the outlet (a prompt); the author's bio goes too; an agency's credit in
   brackets glued before or after a body paragraph ("(Belga) Le…", "… (euronews)") is cut off it;
7. the publication date is read from the date lines, the dateline, the byline or the captions.

The words and patterns come from each language's ``extract.json`` and ``extract_boilerplate.tsv``
(:mod:`.lexicon`); the words of every language apply to every page.
"""

from .bylines import parse_byline
from .cleaner import clean_text
from .lines import fold
from .pubdate import find_dates

__all__ = ["clean_text", "parse_byline", "find_dates", "fold"]
