/** Starting points for new content files; each passes check:content as written. */

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

const yamlString = (s: string) => JSON.stringify(s)

export function sectionTemplate({ id, title }: { id: string; title: string }): string {
  return `---
id: ${id}
title: ${yamlString(title)}
summary: "One sentence on what this section covers, shown in the module's contents."
topics: [mechanisms] # taxonomy ids: src/content/taxonomy.json
estimatedMinutes: 15
references: []
# references:
#   - id: author-year
#     citation: "Author AB, et al. Title. Journal. Year;Vol(Issue):pages."
---

{/* Guide: modules/README.md. Clinical rules: 700–1,500 words; a table where things are compared;
    callouts; Key points; 1–3 inline questions; references for every number. */}

## Why it matters

{/* What the section covers and why it matters clinically. */}

## The body

{/* Use ## headings. Cite with <Ref id="author-year" /> once the reference is in the frontmatter. */}

<KeyPoints>
- Replace with three to six points a fellow should remember.
</KeyPoints>
`
}

export function caseTemplate({ id, title }: { id: string; title: string }): string {
  const stage = (name: string, guide: string) => `<Stage title="${name}">

{/* ${guide} Add one decision <Question> here; it gates the next stage. */}

</Stage>`
  return `---
id: ${id}
title: ${yamlString(title)}
summary: "One sentence on the patient and the decisions this case teaches."
topics: [assessment] # taxonomy ids: src/content/taxonomy.json
estimatedMinutes: 20
references: []
---

{/* Guide: modules/README.md. A case is one patient in 3–6 stages; each stage reveals something new. */}

${stage('Presentation', 'Age, sex, setting, the problem and its duration, the biopsychosocial picture.')}

${stage('Assessment', 'History, examination, screening instruments, red flags.')}

${stage('Management', 'The plan, with physical therapy, psychology, pharmacy, primary care as fits.')}

${stage('Follow-up', 'What happened next, or a complication.')}

<TeachingPoints>
- Replace with the case's teaching points.
</TeachingPoints>
`
}
