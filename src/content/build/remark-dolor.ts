/**
 * Compile-time shaping of content for the components: groups a question's choices in a
 * <Choices> element and letters them, and numbers the stages of a case. Validation has
 * already run (validate-file.ts); this pass only rewrites.
 */
import type { Root, RootContent } from 'mdast'
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import { liftInlineChoices } from './normalize.ts'
import { choiceLetters } from './validate-file.ts'

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value })

function isElement(node: RootContent, name: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === name
}

function shapeQuestion(question: MdxJsxFlowElement) {
  const children = liftInlineChoices(question.children as RootContent[])
  const choices = children.filter((c): c is MdxJsxFlowElement => isElement(c, 'Choice'))
  choices.forEach((c, i) => c.attributes.push(attr('choiceId', choiceLetters[i])))
  const explanation = children.filter((c) => isElement(c, 'Explanation'))
  const stem = children.filter((c) => !isElement(c, 'Choice') && !isElement(c, 'Explanation'))
  const group: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: 'Choices', attributes: [], children: choices }
  question.children = [
    { type: 'mdxJsxFlowElement', name: 'Stem', attributes: [], children: stem as MdxJsxFlowElement['children'] },
    group,
    ...(explanation as MdxJsxFlowElement[]),
  ]
}

export default function remarkDolor() {
  return (tree: Root) => {
    let stage = 0
    const visit = (nodes: RootContent[], topLevel: boolean) => {
      for (const node of nodes) {
        if (isElement(node, 'Question')) shapeQuestion(node)
        if (topLevel && isElement(node, 'Stage')) node.attributes.push(attr('index', String(stage++)))
        if ('children' in node) visit(node.children as RootContent[], false)
      }
    }
    visit(tree.children, true)
  }
}
