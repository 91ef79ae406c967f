import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BudapestCriteria } from '@/mdx/budapest/BudapestCriteria'
import { Dn4Questionnaire } from '@/mdx/dn4/Dn4Questionnaire'

describe('<Dn4Questionnaire />', () => {
  it('scores as the fellow ticks and turns positive at 4', async () => {
    const user = userEvent.setup()
    render(<Dn4Questionnaire />)
    const calc = screen.getByRole('region', { name: 'DN4 questionnaire' })
    const status = within(calc).getByRole('status')
    expect(status).toHaveTextContent('DN4 score 0 of 10')
    for (const name of ['Burning', 'Pins and needles', 'Hypoesthesia to prick']) await user.click(within(calc).getByRole('checkbox', { name }))
    expect(status).toHaveTextContent('DN4 score 3 of 10')
    expect(status).toHaveTextContent('Screen negative (below 4)')
    await user.click(within(calc).getByRole('checkbox', { name: 'Brushing' }))
    expect(status).toHaveTextContent('Screen positive (4 or more)')
    expect(status).toHaveTextContent('Interview 2 of 7 · examination 2 of 3')
    await user.click(within(calc).getByRole('checkbox', { name: 'Brushing' }))
    expect(status).toHaveTextContent('DN4 score 3 of 10')
    expect(calc).toHaveTextContent('Pain. 2005;114(1-2):29-36')
  })
})

describe('<BudapestCriteria />', () => {
  it('tells the clinical from the research verdict and says what is missing', async () => {
    const user = userEvent.setup()
    render(<BudapestCriteria />)
    const calc = screen.getByRole('region', { name: 'Budapest criteria for CRPS' })
    const status = within(calc).getByRole('status')
    const symptoms = within(calc).getByRole('group', { name: 'Symptoms the patient reports' })
    const signs = within(calc).getByRole('group', { name: 'Signs at the time of evaluation' })

    await user.click(within(calc).getByRole('checkbox', { name: 'Continuing pain, disproportionate to any inciting event' }))
    await user.click(within(within(symptoms).getByRole('group', { name: 'Sensory' })).getByRole('checkbox', { name: 'Allodynia' }))
    await user.click(within(within(symptoms).getByRole('group', { name: 'Vasomotor' })).getByRole('checkbox', { name: 'Temperature asymmetry' }))
    await user.click(within(within(symptoms).getByRole('group', { name: 'Sudomotor and edema' })).getByRole('checkbox', { name: 'Edema' }))
    await user.click(within(within(signs).getByRole('group', { name: 'Sudomotor and edema' })).getByRole('checkbox', { name: 'Edema' }))
    expect(status).toHaveTextContent('Symptom categories 3 of 4 · sign categories 1 of 4')
    expect(status).toHaveTextContent('Clinical criteria not met')
    expect(status).toHaveTextContent('Signs found in 1 of 4 categories (sudomotor and edema): both versions need at least 2.')

    await user.click(within(within(signs).getByRole('group', { name: 'Vasomotor' })).getByRole('checkbox', { name: 'Skin color changes or asymmetry' }))
    expect(status).toHaveTextContent('Clinical criteria not met')
    await user.click(within(calc).getByRole('checkbox', { name: 'No other diagnosis better explains the signs and symptoms' }))
    expect(status).toHaveTextContent('Clinical criteria met')
    expect(status).toHaveTextContent('Research criteria not met')
    await user.click(within(within(symptoms).getByRole('group', { name: 'Motor and trophic' })).getByRole('checkbox', { name: 'Decreased range of motion' }))
    expect(status).toHaveTextContent('Research criteria met')
  })
})
