/**
 * Authors write short choices on one line (`<Choice text="B">Why.</Choice>`), which MDX
 * parses as inline elements inside a paragraph. Lift such paragraphs into block-level
 * choices so that one-line and multi-line choices mean the same thing.
 */
import type { Paragraph, RootContent } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'

const liftable = new Set(['Choice', 'Explanation'])
const isInlineChoice = (n: RootContent): n is MdxJsxTextElement => n.type === 'mdxJsxTextElement' && liftable.has(n.name ?? '')
const isBlank = (n: RootContent) => n.type === 'text' && !n.value.trim()

/** Whether a paragraph holds nothing but one-line choices (or a one-line explanation). */
export function isChoiceLine(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && node.children.some(isInlineChoice) && node.children.every((c) => isInlineChoice(c) || isBlank(c))
}

export function liftInlineChoices(children: RootContent[]): RootContent[] {
  return children.flatMap((child) => {
    if (!isChoiceLine(child)) return [child]
    return child.children.filter(isInlineChoice).map(
      (c): MdxJsxFlowElement => ({
        type: 'mdxJsxFlowElement',
        name: c.name,
        attributes: c.attributes,
        children: c.children.length ? [{ type: 'paragraph', children: c.children, position: c.position }] : [],
        position: c.position,
      }),
    )
  })
}
