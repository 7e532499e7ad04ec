import type { Correction, TextFormat } from '../types.ts';
import type { Pass } from './_runner.ts';
import { normaliseBlankLines } from './passes/blank-lines.ts';
import { removeControlCharacters } from './passes/control-characters.ts';
import { expandLigatures } from './passes/ligatures.ts';
import { closeLetterSpacing } from './passes/pdf-letter-spacing.ts';
import { removeMarginGloss } from './passes/pdf-margin-gloss.ts';
import { correctionPass } from './passes/corrections.ts';
import { escapeMarkdown } from './passes/escape-markdown.ts';
import { removeIndentation } from './passes/indent.ts';
import { normaliseLineEndings } from './passes/line-endings.ts';
import { markNumberedItems } from './passes/numbered-items.ts';
import { demoteMarkdownHeadings } from './passes/markdown-headings.ts';
import { titleHeading } from './passes/title-heading.ts';
import { removePdfCaption } from './passes/pdf-caption.ts';
import { removeCaptionBlock } from './passes/pdf-caption-block.ts';
import { removeMapScale } from './passes/pdf-map-scale.ts';
import { removeChartAxis } from './passes/pdf-chart-axis.ts';
import { removeMapKey } from './passes/pdf-map-key.ts';
import { removeMapTitle } from './passes/pdf-map-title.ts';
import { removePullQuote } from './passes/pdf-pull-quote.ts';
import { removePdfCaptionInSentence } from './passes/pdf-caption-in-sentence.ts';
import { removeCaptionUnderHeading } from './passes/pdf-caption-under-heading.ts';
import { removeCaptionAboveOpening } from './passes/pdf-caption-above-opening.ts';
import { removeCaptionOverOpening } from './passes/pdf-caption-over-opening.ts';
import { removeCaptionOverDropCap } from './passes/pdf-caption-over-drop-cap.ts';
import { removeWeighedPdfCaption } from './passes/pdf-caption-weighed.ts';
import { removeCaptionAtSentenceEnd } from './passes/pdf-caption-at-sentence-end.ts';
import { removeSetApartCaption } from './passes/pdf-caption-set-apart.ts';
import { removeCaptionStack } from './passes/pdf-caption-stack.ts';
import { removeCaptionWithPdfCredit } from './passes/pdf-caption-credit.ts';
import { removeCaptionBetweenHalves } from './passes/pdf-caption-between-halves.ts';
import { removeTwoLineCaption } from './passes/pdf-caption-two-lines.ts';
import { removeCaptionBeside } from './passes/pdf-caption-beside.ts';
import { removeCreditedCaptionLine } from './passes/pdf-caption-credited-line.ts';
import { removeCreditOverCaption } from './passes/pdf-credit-over-caption.ts';
import { removeMarkedCaption } from './passes/pdf-caption-marked.ts';
import { removeNumberedCaption } from './passes/pdf-caption-numbered.ts';
import { removeStoppedCaptionInSentence } from './passes/pdf-caption-stopped.ts';
import { removeBridgedCaption } from './passes/pdf-caption-bridged.ts';
import { reattachDropCap } from './passes/pdf-drop-cap-letter.ts';
import { restoreDropCap } from './passes/pdf-drop-cap.ts';
import { restoreOneLetterWord } from './passes/pdf-lost-one-letter-word.ts';
import { repairSmallCaps } from './passes/pdf-small-caps.ts';
import { dehyphenate } from './passes/pdf-dehyphenate.ts';
import { markPdfHeadings } from './passes/pdf-heading.ts';
import { removePageFurniture } from './passes/pdf-page-furniture.ts';
import { removePageFooter } from './passes/pdf-page-footer.ts';
import { removePageReferenceFooter } from './passes/pdf-page-reference-footer.ts';
import { removeFigureNumber } from './passes/pdf-figure-number.ts';
import { removeContents } from './passes/pdf-contents.ts';
import { removeJumpLine } from './passes/pdf-continued.ts';
import { removePdfByline } from './passes/pdf-byline.ts';
import { removePdfAffiliation } from './passes/pdf-affiliation.ts';
import { removeSectionRunningHead } from './passes/pdf-section-running-head.ts';
import { removePdfNotice } from './passes/pdf-notice.ts';
import { removeFirstPageNotice } from './passes/pdf-first-page-notice.ts';
import { removeDownloadStamp } from './passes/pdf-download-stamp.ts';
import { removeReviewerComment } from './passes/pdf-reviewer-comment.ts';
import { removeSlugLine } from './passes/pdf-slug-line.ts';
import { removeRepeatedStamp } from './passes/pdf-repeated-stamp.ts';
import { removeStrayTable } from './passes/pdf-stray-table.ts';
import { removeMasthead } from './passes/pdf-masthead.ts';
import { removeColophon } from './passes/pdf-colophon.ts';
import { removeBackIndex } from './passes/pdf-back-index.ts';
import { removeCitationFooter } from './passes/pdf-citation-footer.ts';
import { removeFormBlanks } from './passes/pdf-form-blanks.ts';
import { removeShortRunningHead } from './passes/pdf-short-running-head.ts';
import { removeFolio } from './passes/pdf-folio.ts';
import { unwrapLines } from './passes/pdf-unwrap.ts';
import { keepVerseLines } from './passes/pdf-verse.ts';
import { splitGluedCompounds } from './passes/glued-compound.ts';
import { splitGluedPhrases } from './passes/glued-phrase.ts';
import { splitGluedWords } from './passes/glued-words.ts';
import { repairOcrConfusions } from './passes/ocr-confusion.ts';
import { repairMiddleDot } from './passes/ocr-middle-dot.ts';
import { restoreDroppedLigatures } from './passes/pdf-dropped-ligature.ts';
import { removeByLineModel } from './passes/line-model.ts';
import { removeTrailingWhitespace } from './passes/trailing-whitespace.ts';
import { removeBoilerplate } from './passes/web-boilerplate.ts';
import { removeConsentBanner } from './passes/web-consent-banner.ts';
import { removeContentsBox } from './passes/web-contents-box.ts';
import { removePrintMargins } from './passes/web-print-margins.ts';
import { removeShareColumn } from './passes/web-share-column.ts';
import { removeBackToTop } from './passes/web-back-to-top.ts';
import { removeAttachments } from './passes/web-attachments.ts';
import { removeSignUpForm } from './passes/web-signup-form.ts';
import { removeReadingGate } from './passes/web-reading-gate.ts';
import { convertBullets } from './passes/web-bullets.ts';
import { removeWebCaption } from './passes/web-caption.ts';
import { removeCaptionInSentence } from './passes/web-caption-in-sentence.ts';
import { removeCaptionBlockInSentence } from './passes/web-caption-block-in-sentence.ts';
import { removeCaptionWithCredit } from './passes/web-caption-credit.ts';
import { removeCaptionCounter } from './passes/web-caption-counter.ts';
import { removeLabelledCaption } from './passes/web-caption-labelled.ts';
import { removeAltText } from './passes/web-caption-alt-text.ts';
import { removePictureFile } from './passes/web-picture-file.ts';
import { removeCarousel } from './passes/web-carousel.ts';
import { removeSocialEmbed } from './passes/web-social-embed.ts';
import { removePlacedCaption } from './passes/web-caption-placed.ts';
import { removeWeighedCaption } from './passes/web-caption-weighed.ts';
import { removeShapedCaption } from './passes/web-caption-shape.ts';
import { fixCommaApostrophe } from './passes/web-comma-apostrophe.ts';
import { separateGluedWords } from './passes/web-glued-word.ts';
import { markWebHeadings } from './passes/web-heading.ts';
import { markDatedEntries } from './passes/web-dated-entry.ts';
import { markPdfDatedEntries } from './passes/pdf-dated-entry.ts';
import { recaseWebHeadings } from './passes/web-heading-case.ts';
import { keepWebVerseLines } from './passes/web-verse.ts';
import { restoreLostDash } from './passes/web-lost-dash.ts';
import { removeNavigation } from './passes/web-navigation.ts';
import { replaceNoBreakSpace } from './passes/web-no-break-space.ts';
import { removeRelatedLinks } from './passes/web-related-links.ts';
import { removeLinkList } from './passes/web-link-list.ts';
import { removeLabelledList } from './passes/web-labelled-list.ts';
import { removeHeadlineRun } from './passes/web-headline-run.ts';
import { removeCardRun } from './passes/web-card-run.ts';
import { removeRankedList } from './passes/web-ranked-list.ts';
import { removePromotion } from './passes/web-promo.ts';
import { removeAppealInText } from './passes/web-appeal-in-text.ts';
import { removePageTail } from './passes/web-page-tail.ts';
import { removeCommentThread } from './passes/web-comment-thread.ts';
import { removeEndNotice } from './passes/web-end-notice.ts';
import { removeLateByline } from './passes/web-late-byline.ts';
import { removeAuthorBio } from './passes/web-author-bio.ts';
import { removeSiteRows } from './passes/web-site-rows.ts';
import { removeLanguageNotice } from './passes/web-language-notice.ts';
import { removeFrontNotice } from './passes/web-front-notice.ts';
import { removeFrontByline } from './passes/web-front-byline.ts';
import { removeSetApartPromotion } from './passes/web-set-apart-promo.ts';
import { removeWeighedPromotion } from './passes/web-promo-weighed.ts';
import { removeReaderAside } from './passes/web-reader-aside.ts';
import { removeOtherTongueAside } from './passes/web-other-tongue-aside.ts';
import { removeWebPullQuote } from './passes/web-pull-quote.ts';
import { removePromotionBox } from './passes/web-promo-box.ts';
import { removeGlossaryBox } from './passes/web-glossary-box.ts';
import { removeTimeStamps } from './passes/web-time-stamps.ts';
import { removeFactsBox } from './passes/web-facts-box.ts';
import { removeOwnProduct } from './passes/web-own-product.ts';
import { removePromotionInOtherTongue } from './passes/web-promo-other-tongue.ts';
import { spaceAfterSentence } from './passes/web-sentence-space.ts';
import { separateSignOff } from './passes/web-sign-off.ts';
import { removeRepeatedTitle } from './passes/web-title.ts';
import { removeRepeatedSubtitle } from './passes/text-subtitle.ts';

/**
 * The passes of each profile, in order. Corrections come first (they are written against
 * the raw text); furniture goes before escaping so its patterns see the text as received;
 * Markdown syntax is added only after escaping, so it is never escaped itself.
 */
const PROFILE_PASSES: Record<TextFormat, readonly Pass[]> = {
  markdown: [demoteMarkdownHeadings, removeRepeatedSubtitle],
  web: [
    removePrintMargins,
    removePictureFile,
    removeCarousel,
    removeSocialEmbed,
    removeContentsBox,
    removeTimeStamps,
    removeConsentBanner,
    removeSignUpForm,
    removeShareColumn,
    removeBackToTop,
    removeReadingGate,
    removeNavigation,
    removeLabelledList,
    removeHeadlineRun,
    removeCardRun,
    removeLanguageNotice,
    removeFrontNotice,
    removeFrontByline,
    removeRepeatedTitle,
    removeRepeatedSubtitle,
    removeBoilerplate,
    removePromotion,
    removeAppealInText,
    removeCommentThread,
    removeRankedList,
    removeRelatedLinks,
    removePageTail,
    removeLinkList,
    removeSiteRows,
    removeAuthorBio,
    removeEndNotice,
    removeLateByline,
    removePromotionBox,
    removeGlossaryBox,
    removeFactsBox,
    removeSetApartPromotion,
    removeWeighedPromotion,
    removeReaderAside,
    removeOwnProduct,
    removePromotionInOtherTongue,
    removeWebPullQuote,
    removeIndentation,
    escapeMarkdown,
    removeCaptionCounter,
    removeCaptionBlockInSentence,
    removeCaptionWithCredit,
    removeLabelledCaption,
    removeCaptionInSentence,
    removeWebCaption,
    removePlacedCaption,
    removeWeighedCaption,
    removeShapedCaption,
    removeAltText,
    removeByLineModel,
    // Last of the furniture: the rules that read a page's tail (page-tail, end-notice, late-byline) and the line model
    // read the page with its list of files where the page set it, as the text's last lines were read before it went.
    removeAttachments,
    separateSignOff,
    markWebHeadings,
    markDatedEntries,
    recaseWebHeadings,
    removeOtherTongueAside,
    convertBullets,
    spaceAfterSentence,
    separateGluedWords,
    splitGluedWords,
    splitGluedPhrases,
    fixCommaApostrophe,
    restoreLostDash,
    replaceNoBreakSpace,
  ],
  'pdf-text': [
    closeLetterSpacing,
    removeMarginGloss,
    removeDownloadStamp,
    removeReviewerComment,
    removeSlugLine,
    removeMasthead,
    removeContents,
    removeChartAxis,
    removeStrayTable,
    removeShortRunningHead,
    removePdfAffiliation,
    removeSectionRunningHead,
    removeFolio,
    removePageFurniture,
    removePageFooter,
    removeRepeatedStamp,
    removePageReferenceFooter,
    removeCitationFooter,
    removeJumpLine,
    removeRepeatedSubtitle,
    removePdfByline,
    removeColophon,
    // After the colophon: an index, then a form's blanks, stand after the text's last lines.
    removeBackIndex,
    removeFormBlanks,
    removePdfNotice,
    removeFirstPageNotice,
    removeMapScale,
    removeMapKey,
    removeMapTitle,
    removeMarkedCaption,
    removeNumberedCaption,
    removeCaptionBeside,
    removeCaptionBlock,
    removePullQuote,
    removeCreditOverCaption,
    removePdfCaption,
    removeCaptionWithPdfCredit,
    removePdfCaptionInSentence,
    removeTwoLineCaption,
    removeCaptionUnderHeading,
    removeCaptionAboveOpening,
    removeCaptionOverOpening,
    removeCaptionOverDropCap,
    removeWeighedPdfCaption,
    removeCaptionAtSentenceEnd,
    removeSetApartCaption,
    removeCaptionStack,
    removeCaptionBetweenHalves,
    removeCreditedCaptionLine,
    removeStoppedCaptionInSentence,
    removeBridgedCaption,
    removeFigureNumber,
    removeByLineModel,
    reattachDropCap,
    escapeMarkdown,
    markPdfHeadings,
    markPdfDatedEntries,
    restoreDropCap,
    restoreOneLetterWord,
    repairSmallCaps,
    dehyphenate,
    keepVerseLines,
    unwrapLines,
    repairMiddleDot,
    restoreDroppedLigatures,
    splitGluedCompounds,
    repairOcrConfusions,
    splitGluedWords,
    splitGluedPhrases,
    convertBullets,
  ],
};

export function passesFor(profile: TextFormat, corrections: readonly Correction[]): Pass[] {
  return [
    ...corrections.map(correctionPass),
    normaliseLineEndings,
    removeControlCharacters,
    expandLigatures,
    ...PROFILE_PASSES[profile],
    ...(profile === 'markdown' ? [] : [markNumberedItems]),
    titleHeading,
    // After the title: a bare page's title over its byline is no stanza.
    ...(profile === 'web' ? [keepWebVerseLines] : []),
    removeTrailingWhitespace,
    normaliseBlankLines,
  ];
}
